package org.bri.data.project;

import java.util.List;

/** The filters of the project list; an empty list means "any". */
record ProjectFilter(String q, List<String> countries, List<String> types, List<String> sectors,
        List<String> statuses, List<String> scales, List<String> themes) {
}
