package org.bri.data.statement;

import java.time.LocalDate;
import java.util.List;

/** The filters of the statement list; an empty list or null means "any". */
record StatementFilter(String q, List<String> speakers, List<StatementType> types, List<String> themes,
        List<String> projects, List<String> countries, List<String> sources, LocalDate from, LocalDate to) {
}
