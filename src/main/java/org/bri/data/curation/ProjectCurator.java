package org.bri.data.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.project.Project;
import org.bri.data.project.ProjectRepository;
import org.bri.data.project.ProjectResponse;
import org.bri.data.project.ProjectWrites;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MilestoneSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes projects sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class ProjectCurator implements ProjectWrites {

    private static final String KIND = "project";
    private static final String PLURAL = "projects";
    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 100;
    private static final int NAME = 300;
    private static final int ALIAS = 300;
    private static final int SUMMARY = 2000;
    private static final int EVENT = 500;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeLog changes;
    private final ProjectRepository projects;
    private final Records records;

    ProjectCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            ProjectRepository projects, Records records) {
        this.em = em;
        this.mapper = mapper;
        this.validator = validator;
        this.changes = changes;
        this.projects = projects;
        this.records = records;
    }

    @Override
    @Transactional
    public ProjectResponse create(JsonNode draft, String actor) throws JsonProcessingException {
        ProjectSeed seed = mapper.treeToValue(draft, ProjectSeed.class);
        // Taken before the checks: the change number's row lock queues two writes of one id, and keeps a referenced
        // record from being deleted between the check of a reference and the write.
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        if (projects.stored(seed.id()).isPresent()) {
            throw Records.taken(KIND, seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(KIND, PLURAL, id, ifMatch, ifNoneMatch);
        ProjectSeed seed = mapper.treeToValue(Records.named(draft, id), ProjectSeed.class);
        Records.pathId(id, seed.id());
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        Optional<Stored> stored = projects.stored(id);
        if (creating) {
            Records.free(KIND, id, stored);
            return new Written(insert(seq, seed, anchors, actor), true);
        }
        Stored current = Records.current(KIND, id, ifMatch, stored);
        return new Written(replace(seq, current, projects.findById(id), seed, anchors, actor), false);
    }

    @Override
    @Transactional
    public ProjectResponse patch(String id, JsonNode patch, String ifMatch, String actor)
            throws JsonProcessingException {
        Records.ifMatchRequired("Patching", KIND, PLURAL, id, ifMatch);
        // Taken before the project is read: the row lock keeps other writes out until the patched project is stored,
        // so the patch applies to the very version If-Match names.
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, projects.stored(id));
        Project project = projects.findById(id);
        ObjectNode patched = Records.patched(KIND,
                mapper.valueToTree(SeedExport.project(project, e -> e.prefix)), patch);
        ProjectSeed seed = mapper.treeToValue(patched, ProjectSeed.class);
        Records.sameId(KIND, id, seed.id());
        return replace(seq, current, project, seed, check(seed), actor);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired("Deleting", KIND, PLURAL, id, ifMatch);
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, projects.stored(id));
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
        Project project = projects.findById(id);
        project.version = current.version() + 1;
        project.updatedAt = Records.now();
        project.deletedAt = project.updatedAt;
        changes.record(seq, RecordType.PROJECT, id, ChangeAction.DELETE, project.version, actor, null);
    }

    private static String count(long n, String kind) {
        return n + " " + kind + (n == 1 ? "" : "s");
    }

    private ProjectResponse replace(long seq, Stored current, Project project, ProjectSeed seed,
            Map<EvidenceSeed, Anchor> anchors, String actor) {
        SeedWriter.project(em, anchors, project, seed);
        project.version = current.version() + 1;
        project.updatedAt = Records.now();
        em.flush();
        ProjectResponse served = ProjectResponse.from(project);
        changes.record(seq, RecordType.PROJECT, project.id, ChangeAction.UPDATE, project.version, actor, served);
        return served;
    }

    private ProjectResponse insert(long seq, ProjectSeed seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        Project project = new Project();
        project.id = seed.id();
        SeedWriter.project(em, anchors, project, seed);
        project.version = 1;
        project.updatedAt = Records.now();
        projects.persist(project);
        em.flush();
        ProjectResponse served = ProjectResponse.from(project);
        changes.record(seq, RecordType.PROJECT, project.id, ChangeAction.CREATE, project.version, actor, served);
        return served;
    }

    /** Every rule the loader applies to a project, and what the columns can hold; the anchors when all hold. */
    private Map<EvidenceSeed, Anchor> check(ProjectSeed seed) {
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
}
