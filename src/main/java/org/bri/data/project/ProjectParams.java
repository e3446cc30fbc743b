package org.bri.data.project;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.Catalog;
import org.bri.data.common.Known;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.bri.data.common.SearchParams;
import org.bri.data.common.Since;
import org.bri.data.country.CountryRole;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the project list. */
public class ProjectParams extends SearchParams<ProjectFacet> {

    @QueryParam("countryRole")
    @Separator(",")
    @MaxValues
    List<@OneOf(CountryRole.class) String> countryRole;

    @QueryParam("type")
    @Separator(",")
    @MaxValues
    List<@OneOf(ProjectType.class) String> type;

    @QueryParam("sector")
    @Separator(",")
    @MaxValues
    List<@Known(Catalog.SECTOR) String> sector;

    @QueryParam("status")
    @Separator(",")
    @MaxValues
    List<@OneOf(ProjectStatus.class) String> status;

    @QueryParam("scale")
    @Separator(",")
    @MaxValues
    List<@OneOf(ProjectScale.class) String> scale;

    @QueryParam("updatedSince")
    @Since
    String updatedSince;

    public ProjectParams() {
        super(Project.class, "name",
                Map.of("id", "id", "name", "name", "type", "type", "sector", "sector.id", "status", "status", "scale",
                        "scale"),
                ProjectFacet.class, ProjectResponse.class);
    }

    ProjectRepository.Filter filter() {
        return new ProjectRepository.Filter(q(), countries(), values(countryRole, CountryRole.class),
                values(type, ProjectType.class), values(sector),
                values(status, ProjectStatus.class), values(scale, ProjectScale.class), themes(),
                Since.Validator.parse(updatedSince));
    }
}
