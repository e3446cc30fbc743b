package org.bri.data.project;

import java.util.List;

import org.bri.data.country.CountryRole;

/** The filters of the project list; an empty list means "any". */
record ProjectFilter(String q, List<String> countries, List<CountryRole> roles, List<ProjectType> types,
        List<String> sectors,
        List<ProjectStatus> statuses, List<ProjectScale> scales, List<String> themes) {
}
