package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.project.Project;
import org.bri.data.project.ProjectRepository;
import org.bri.data.project.ProjectResponse;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MilestoneSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes projects sent in the seed format, refusing to delete one that metrics or statements reference. */
@ApplicationScoped
class ProjectCurator extends Curator<ProjectSeed, Project, ProjectResponse> {

    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 100;
    private static final int NAME = 300;
    private static final int ALIAS = 300;
    private static final int SUMMARY = 2000;
    private static final int EVENT = 500;

    private final EntityManager em;
    private final Validator validator;
    private final ProjectRepository projects;
    private final Records records;

    ProjectCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            ProjectRepository projects, Records records) {
        super(RecordType.PROJECT, ProjectSeed.class, mapper, changes, projects);
        this.em = em;
        this.validator = validator;
        this.projects = projects;
        this.records = records;
    }

    @Override
    Optional<Stored> stored(String id) {
        return projects.stored(id);
    }

    @Override
    Map<EvidenceSeed, Anchor> check(ProjectSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.project(seed, validator, records);
        List<ParameterError> errors = Records.errors(check);
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/name", seed.name(), NAME);
        Records.longest(errors, "/summary", seed.summary(), SUMMARY);
        for (int i = 0; seed.aliases() != null && i < seed.aliases().size(); i++) {
            Records.longest(errors, "/aliases/" + i, seed.aliases().get(i), ALIAS);
        }
        for (int i = 0; seed.milestones() != null && i < seed.milestones().size(); i++) {
            MilestoneSeed m = seed.milestones().get(i);
            Records.longest(errors, "/milestones/" + i + "/event", m == null ? null : m.event(), EVENT);
        }
        Records.quotes(errors, seed.evidence());
        Records.refuse(errors);
        return check.anchors();
    }

    @Override
    Project blank(String id) {
        Project project = new Project();
        project.id = id;
        return project;
    }

    @Override
    void fill(Project project, ProjectSeed seed, Map<EvidenceSeed, Anchor> anchors) {
        SeedWriter.project(em, anchors, project, seed);
    }

    @Override
    void stamp(Project project, int version, OffsetDateTime at, boolean deleted) {
        project.version = version;
        project.updatedAt = at;
        if (deleted) {
            project.deletedAt = at;
        }
    }

    @Override
    ProjectResponse served(Project project) {
        return ProjectResponse.from(project);
    }

    @Override
    Object exported(Project project) {
        return SeedExport.project(project, e -> e.prefix);
    }

    @Override
    void referenced(String id) {
        // Counted under the change number's lock, which every write of a metric or statement takes before it checks
        // its references: none can come to reference this project before it is deleted.
        long metrics = em.createQuery("select count(m) from Metric m where m.project.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        long statements = em.createQuery("select count(distinct s) from Statement s join s.projects p where p.id = :id",
                Long.class).setParameter("id", id).getSingleResult();
        if (metrics + statements > 0) {
            throw new ConflictException("The project '" + id + "' is referenced by " + count(metrics, "metric")
                    + " and " + count(statements, "statement") + "; change or delete them first, so that no record "
                    + "is left pointing at a deleted project.");
        }
    }

    private static String count(long n, String kind) {
        return n + " " + kind + (n == 1 ? "" : "s");
    }
}
