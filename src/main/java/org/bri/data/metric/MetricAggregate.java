package org.bri.data.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.InvalidQueryException;
import org.bri.data.common.ParameterError;

/**
 * Computes an aggregate from at most three queries (the figures, then their countries and their themes or sources),
 * grouping and combining in memory under the rules documented in openapi.yaml.
 */
@ApplicationScoped
class MetricAggregate {

    /** The latest figure first: by last day, then by first day (the shorter span), then by the smaller id. */
    private static final Comparator<Figure> LATEST_FIRST = Comparator
            .comparing(Figure::dateEnd, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Figure::dateStart, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Figure::id);

    /** Groups in order of key, those without one (no project, no country...) last. */
    private static final Comparator<GroupKey> KEY_ORDER = Comparator.comparing(GroupKey::key,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final MetricRepository metrics;

    MetricAggregate(MetricRepository metrics) {
        this.metrics = metrics;
    }

    /** One figure as an aggregate sees it. */
    record Figure(String id, String indicator, String unit, MetricKind kind, BigDecimal value,
            Approximation approximation, boolean period, LocalDate dateStart, LocalDate dateEnd, String projectId,
            String projectName) {

        static Figure of(Object[] row) {
            return new Figure((String) row[0], (String) row[1], (String) row[2], (MetricKind) row[3],
                    (BigDecimal) row[4], (Approximation) row[5], row[6] != null || row[7] != null,
                    (LocalDate) row[9], (LocalDate) row[10], (String) row[11], (String) row[12]);
        }
    }

    /** A group's key (a year, a country code, a project, theme or source id, or null for none) and its label. */
    record GroupKey(String key, String label) {
    }

    AggregateResponse aggregate(AggregateParams params) {
        MetricRepository.Filter filter = params.filter();
        AggregateStat stat = params.stat();
        AggregateGroupBy groupBy = params.groupBy();
        List<Figure> figures = metrics.figures(filter).stream().map(Figure::of).toList();
        List<String> units = distinct(figures, Figure::unit);
        List<MetricKind> kinds = distinct(figures, Figure::kind);
        if (stat.readsValues()) {
            refuseMixtures(stat, units, kinds);
        }
        Map<String, List<GroupKey>> countries = groupBy == AggregateGroupBy.COUNTRY || stat == AggregateStat.SUM
                ? keys(metrics.countries(filter))
                : Map.of();
        Map<String, List<GroupKey>> tags = switch (groupBy) {
            case THEME -> keys(metrics.themes(filter));
            case SOURCE -> keys(metrics.sources(filter));
            default -> Map.of();
        };
        Map<GroupKey, List<Figure>> groups = new TreeMap<>(KEY_ORDER);
        for (Figure figure : figures) {
            List<GroupKey> in = switch (groupBy) {
                case YEAR -> List.of(figure.dateEnd() == null
                        ? new GroupKey(null, null)
                        : new GroupKey(String.valueOf(figure.dateEnd().getYear()),
                                String.valueOf(figure.dateEnd().getYear())));
                case PROJECT -> List.of(new GroupKey(figure.projectId(), figure.projectName()));
                case COUNTRY -> countries.getOrDefault(figure.id(), List.of());
                case THEME, SOURCE -> tags.getOrDefault(figure.id(), List.of());
            };
            for (GroupKey key : in.isEmpty() ? List.of(new GroupKey(null, null)) : in) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(figure);
            }
        }
        List<AggregateResponse.Group> answered = new ArrayList<>();
        groups.forEach((key, members) -> answered.add(group(key, members, stat, countries)));
        return new AggregateResponse(stat, groupBy, distinct(figures, Figure::indicator), units, kinds, figures.size(),
                answered);
    }

    /** Refuses to combine values in different units or of different kinds, naming the parameter that narrows them. */
    private static void refuseMixtures(AggregateStat stat, List<String> units, List<MetricKind> kinds) {
        List<ParameterError> errors = new ArrayList<>();
        if (kinds.size() > 1) {
            List<String> slugs = kinds.stream().map(MetricKind::slug).toList();
            errors.add(ParameterError.query("kind", "the matching figures are of " + kinds.size() + " kinds "
                    + slugs + ", and stat=" + stat.slug() + " never mixes observed figures, targets and forecasts;"
                    + " narrow to one with kind=" + String.join(" or kind=", slugs)));
        }
        if (units.size() > 1) {
            errors.add(ParameterError.query("unit", "the matching figures are in " + units.size() + " units "
                    + units + ", and stat=" + stat.slug() + " never combines different units; narrow to one with unit="
                    + String.join(" or unit=", units)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
    }

    private static AggregateResponse.Group group(GroupKey key, List<Figure> members, AggregateStat stat,
            Map<String, List<GroupKey>> countries) {
        List<Figure> used;
        List<AggregateResponse.Excluded> excluded = new ArrayList<>();
        BigDecimal value;
        switch (stat) {
            case COUNT -> {
                used = members;
                value = BigDecimal.valueOf(members.size());
            }
            case SUM -> {
                used = summed(members, countries, excluded);
                value = used.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            case MIN -> {
                used = List.of(members.stream()
                        .min(Comparator.comparing(Figure::value).thenComparing(Figure::id)).orElseThrow());
                value = used.get(0).value();
            }
            case MAX -> {
                used = List.of(members.stream()
                        .min(Comparator.comparing(Figure::value, Comparator.reverseOrder()).thenComparing(Figure::id))
                        .orElseThrow());
                value = used.get(0).value();
            }
            case LATEST -> {
                used = List.of(members.stream().min(LATEST_FIRST).orElseThrow());
                value = used.get(0).value();
            }
            default -> throw new IllegalStateException("unknown statistic " + stat);
        }
        // A count of figures is exact whatever the figures say; any other value is as exact as its figures.
        List<Approximation> approximations = stat == AggregateStat.COUNT
                ? List.of()
                : distinct(used, Figure::approximation).stream().filter(a -> a != Approximation.EXACT).toList();
        excluded.sort(Comparator.comparing(AggregateResponse.Excluded::id));
        return new AggregateResponse.Group(key.key(), key.label(), value.stripTrailingZeros(),
                Bound.of(approximations), approximations, used.stream().map(Figure::id).sorted().toList(),
                excluded);
    }

    /**
     * The figures of a group that a sum adds: for each series (one indicator about the same project and countries),
     * its period figures whose periods do not overlap, the earliest-ending first; or, when it has none, its latest
     * point-in-time figure. Every other figure goes to {@code excluded} with the reason.
     */
    private static List<Figure> summed(List<Figure> members, Map<String, List<GroupKey>> countries,
            List<AggregateResponse.Excluded> excluded) {
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        for (Figure figure : members) {
            String codes = countries.getOrDefault(figure.id(), List.of()).stream().map(GroupKey::key).sorted()
                    .collect(Collectors.joining(","));
            series.computeIfAbsent(figure.indicator() + "|" + Objects.toString(figure.projectId(), "") + "|" + codes,
                    k -> new ArrayList<>()).add(figure);
        }
        List<Figure> added = new ArrayList<>();
        for (List<Figure> one : series.values()) {
            List<Figure> periods = one.stream().filter(Figure::period).toList();
            if (periods.isEmpty()) {
                Figure latest = one.stream().min(LATEST_FIRST).orElseThrow();
                added.add(latest);
                one.stream().filter(f -> f != latest)
                        .forEach(f -> excluded.add(new AggregateResponse.Excluded(f.id(), Exclusion.SUPERSEDED)));
                continue;
            }
            one.stream().filter(f -> !f.period()).forEach(
                    f -> excluded.add(new AggregateResponse.Excluded(f.id(), Exclusion.LEVEL_WITH_PERIODS)));
            // Earliest end first, and of those the shortest span: the most figures that do not overlap.
            List<Figure> ordered = periods.stream().sorted(Comparator.comparing(Figure::dateEnd)
                    .thenComparing(Figure::dateStart, Comparator.reverseOrder()).thenComparing(Figure::id)).toList();
            LocalDate end = null;
            for (Figure figure : ordered) {
                if (end == null || figure.dateStart().isAfter(end)) {
                    added.add(figure);
                    end = figure.dateEnd();
                } else {
                    excluded.add(new AggregateResponse.Excluded(figure.id(), Exclusion.OVERLAPPING_PERIOD));
                }
            }
        }
        return added;
    }

    /** Rows of metric id, key and label as each metric's keys, each key once, in order of key. */
    private static Map<String, List<GroupKey>> keys(List<Object[]> rows) {
        Map<String, TreeMap<String, GroupKey>> keys = new HashMap<>();
        for (Object[] row : rows) {
            keys.computeIfAbsent((String) row[0], k -> new TreeMap<>()).putIfAbsent((String) row[1],
                    new GroupKey((String) row[1], (String) row[2]));
        }
        Map<String, List<GroupKey>> lists = new HashMap<>();
        keys.forEach((id, byKey) -> lists.put(id, List.copyOf(byKey.values())));
        return lists;
    }

    /** The distinct values of a field of the figures, in their natural order. */
    private static <T extends Comparable<? super T>> List<T> distinct(List<Figure> figures, Function<Figure, T> field) {
        return List.copyOf(figures.stream().map(field).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
