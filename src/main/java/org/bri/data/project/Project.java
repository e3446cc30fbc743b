package org.bri.data.project;

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

import org.bri.data.source.Evidence;
import org.bri.data.theme.Theme;
import org.hibernate.annotations.SQLRestriction;

/** A named BRI undertaking: a railway, port, corridor, programme, fund, institution or platform. */
@Entity
// A deleted project is kept as a tombstone, so that its id is never reused; no query or lookup ever serves it.
@SQLRestriction("deleted_at is null")
public class Project {

    @Id
    public String id;

    public String name;
    @Enumerated(EnumType.STRING)
    public ProjectType type;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    public ProjectScale scale;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    public String summary;

    /**
     * Normalized words of the record's texts and quotes, for the q search; never served, so never loaded with the
     * record (the queries search it in the database).
     */
    @Basic(fetch = FetchType.LAZY)
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "project_alias", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<ProjectCountry> countries = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    public List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_evidence", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    /** Counts the project's writes, from 1; its ETag names it. */
    public int version;

    /** When the project was last written, by a curator or by the load of a seed release. */
    public OffsetDateTime updatedAt;

    /** When a curator deleted the project; null while it stands. */
    public OffsetDateTime deletedAt;
}
