package org.bri.data.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.Catalog;
import org.bri.data.common.Known;
import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the country list. */
public class CountryParams extends ListParams {

    @QueryParam("region")
    @Separator(",")
    @MaxValues
    List<@Known(Catalog.REGION) String> region;

    @Override
    protected Map<String, String> sorts() {
        return Map.of("code", "code", "alpha3", "alpha3", "name", "name", "region", "region");
    }

    @Override
    protected String defaultSort() {
        return "name";
    }

    /** The regions and subregions asked for, in lower case. */
    List<String> regions() {
        return values(region).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    }
}
