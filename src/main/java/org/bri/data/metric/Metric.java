package org.bri.data.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** One figure as a source prints it, normalized to a number in base units. */
@Entity
public class Metric {

    @Id
    public String id;

    public String name;
    public String indicator;

    @Column(name = "metric_value", precision = 30, scale = 6)
    public BigDecimal value;

    @Column(name = "value_max", precision = 30, scale = 6)
    public BigDecimal valueMax;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    public MetricUnit unit;

    public Approximation approximation;

    @Column(name = "value_text")
    public String valueText;

    @Column(name = "period_from")
    public String periodFrom;

    @Column(name = "period_to")
    public String periodTo;

    @Column(name = "as_of")
    public String asOf;

    /** First day the figure can refer to, derived from its period or as-of date, for date filters. */
    @Column(name = "date_start")
    public LocalDate dateStart;

    /** Last day the figure can refer to. */
    @Column(name = "date_end")
    public LocalDate dateEnd;

    public MetricKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToMany
    @JoinTable(name = "metric_country", joinColumns = @JoinColumn(name = "metric_id"), inverseJoinColumns = @JoinColumn(name = "country_code"))
    @OrderColumn(name = "position")
    public List<Country> countries = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "metric_theme", joinColumns = @JoinColumn(name = "metric_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    public List<Theme> themes = new ArrayList<>();

    /** Normalized words of the record's texts and quotes, for the q search; never served. */
    @Column(name = "search_text")
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "metric_evidence", joinColumns = @JoinColumn(name = "metric_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();
}
