package org.bri.data.statement;

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

/** Something said or committed by a person or a body, as a source reports it. */
@Entity
// A deleted statement is kept as a tombstone, so that its id is never reused; no query or lookup ever serves it.
@SQLRestriction("deleted_at is null")
public class Statement {

    @Id
    public String id;

    public String text;
    @Enumerated(EnumType.STRING)
    public StatementType type;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public Speaker speaker;

    @Column(name = "date_text")
    public String date;

    /** A curator's note on the date or the attribution, where the source leaves room for doubt. */
    public String note;

    /** First day the statement's date can stand for, for date filters and sorting. */
    public LocalDate dateStart;

    /** Last day the statement's date can stand for. */
    public LocalDate dateEnd;

    @ManyToMany
    @JoinTable(name = "statement_project", joinColumns = @JoinColumn(name = "statement_id"), inverseJoinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Project> projects = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "statement_country", joinColumns = @JoinColumn(name = "statement_id"), inverseJoinColumns = @JoinColumn(name = "country_code"))
    @OrderColumn(name = "position")
    public List<Country> countries = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "statement_theme", joinColumns = @JoinColumn(name = "statement_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    public List<Theme> themes = new ArrayList<>();

    /**
     * Normalized words of the record's texts and quotes, for the q search; never served, so never loaded with the
     * record (the queries search it in the database).
     */
    @Basic(fetch = FetchType.LAZY)
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "statement_evidence", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    /** Counts the statement's writes, from 1; its ETag names it. */
    public int version;

    /** When the statement was last written, by a curator or by the load of a seed release. */
    public OffsetDateTime updatedAt;

    /** When a curator deleted the statement; null while it stands. */
    public OffsetDateTime deletedAt;
}
