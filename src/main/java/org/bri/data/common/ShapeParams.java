package org.bri.data.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.Separator;

/** The query parameters of a read of one record: which of its fields and how much of its evidence, nothing else. */
public class ShapeParams {

    private static final List<String> TAKEN = List.of(Shape.EVIDENCE, Shape.FIELDS);

    @QueryParam(Shape.FIELDS)
    @Separator(",")
    List<String> fields;

    @QueryParam(Shape.EVIDENCE)
    String evidence;

    /**
     * Checks the request's query for a record of this type, as a list checks its own: any other parameter, an empty
     * or repeated one and each unknown field or evidence value is named in one 400.
     */
    public void check(UriInfo uri, Class<? extends Record> type) {
        List<ParameterError> errors = new ArrayList<>();
        BiConsumer<String, String> problem = (name, detail) -> errors.add(ParameterError.query(name, detail));
        uri.getQueryParameters().forEach((name, values) -> {
            if (!TAKEN.contains(name)) {
                problem.accept(name, ListParams.NOT_A_PARAMETER + "; known parameters: " + String.join(", ", TAKEN));
            } else if (values.stream().allMatch(v -> v.replace(",", "").isBlank())) {
                problem.accept(name, "must not be empty");
            } else if (name.equals(Shape.EVIDENCE) && values.size() > 1) {
                problem.accept(name, "must be given once");
            }
        });
        if (errors.isEmpty()) {
            Shape.check(fields, evidence, type, problem);
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors.stream()
                    .sorted(Comparator.comparing(ParameterError::name).thenComparing(ParameterError::detail)).toList());
        }
    }
}
