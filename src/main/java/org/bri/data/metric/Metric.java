package org.bri.data.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.bri.data.country.Country;
import org.bri.data.project.Project;
import org.bri.data.source.Evidence;
import org.bri.data.theme.Theme;
import org.hibernate.annotations.SQLRestriction;

/** One figure as a source prints it, normalized to a number in base units. */
@Entity
// A deleted metric is kept as a tombstone, so that its id is never reused; no query or lookup ever serves it.
@SQLRestriction("deleted_at is null")
public class Metric {

    @Id
    public String id;

    public String name;
    public String indicator;

    @Column(name = "metric_value", precision = 30, scale = 6)
    public BigDecimal value;

    @Column(precision = 30, scale = 6)
    public BigDecimal valueMax;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public MetricUnit unit;

    @Enumerated(EnumType.STRING)
    public Approximation approximation;

    public String valueText;

    public String periodFrom;

    public String periodTo;

    public String asOf;

    /** First day the figure can refer to, derived from its period or as-of date, for date filters. */
    public LocalDate dateStart;

    /** Last day the figure can refer to. */
    public LocalDate dateEnd;

    @Enumerated(EnumType.STRING)
    public MetricKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    public Project project;

    @ManyToMany
    @JoinTable(name = "metric_country", joinColumns = @JoinColumn(name = "metric_id"), inverseJoinColumns = @JoinColumn(name = "country_code"))
    @OrderColumn(name = "position")
    public List<Country> countries = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "metric_theme", joinColumns = @JoinColumn(name = "metric_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    public List<Theme> themes = new ArrayList<>();

    /**
     * Normalized words of the record's texts and quotes, for the q search; never served, so never loaded with the
     * record (the queries search it in the database).
     */
    @Basic(fetch = FetchType.LAZY)
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "metric_evidence", joinColumns = @JoinColumn(name = "metric_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    /** Counts the record's writes from 1; the ETag and If-Match name it. */
    public int version;

    public OffsetDateTime updatedAt;

    /** When the metric was deleted; null while it is served. */
    public OffsetDateTime deletedAt;
}
