package org.bri.data.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.Catalog;
import org.bri.data.common.Known;
import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.bri.data.common.ResourceNotFoundException;
import org.jboss.resteasy.reactive.Separator;

/** The countries the data references, with counts of the records about each. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryResource {

    private final CountryRepository countries;

    CountryResource(CountryRepository countries) {
        this.countries = countries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        Map<String, CountryResponse.Counts> counts = countries.counts();
        return params.respond(CountryResponse.class, order -> countries.search(params.regions(), order),
                c -> CountryResponse.from(c, counts.getOrDefault(c.code, CountryResponse.Counts.NONE)));
    }

    @GET
    @Path("/{code}")
    public CountryResponse get(@PathParam("code") String code) {
        Country country = countries.findByCode(code)
                .orElseThrow(() -> new ResourceNotFoundException("country", "code", code));
        return CountryResponse.from(country,
                countries.counts().getOrDefault(country.code, CountryResponse.Counts.NONE));
    }

    /** The query parameters of the country list. */
    public static class Params extends ListParams {

        @QueryParam("region")
        @Separator(",")
        @MaxValues
        List<@Known(Catalog.REGION) String> region;

        public Params() {
            super(Country.class, "name",
                    Map.of("code", "code", "alpha3", "alpha3", "name", "name", "region", "region"));
        }

        /** The regions and subregions asked for, in lower case. */
        List<String> regions() {
            return values(region).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        }
    }
}
