package org.bri.data.curation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.statement.Speaker;
import org.bri.data.statement.SpeakerRepository;
import org.bri.data.statement.SpeakerResponse;
import org.bri.data.statement.SpeakerWrites;
import org.bri.data.statement.StatementRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes speakers sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class SpeakerCurator implements SpeakerWrites {

    private static final String KIND = "speaker";
    private static final String PLURAL = "speakers";
    /** What the columns hold (V1__schema.sql): the API refuses more rather than letting the database fail. */
    private static final int ID = 100;
    private static final int NAME = 300;
    private static final int ROLE = 500;
    private static final int ORGANIZATION = 500;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeLog changes;
    private final SpeakerRepository speakers;
    private final StatementRepository statements;
    private final Records records;

    SpeakerCurator(ObjectMapper mapper, Validator validator, ChangeLog changes, SpeakerRepository speakers,
            StatementRepository statements, Records records) {
        this.mapper = mapper;
        this.validator = validator;
        this.changes = changes;
        this.speakers = speakers;
        this.statements = statements;
        this.records = records;
    }

    @Override
    @Transactional
    public SpeakerResponse create(JsonNode draft, String actor) throws JsonProcessingException {
        SpeakerSeed seed = read(draft);
        // Taken before the checks, as every curator takes it: the change number's row lock queues two writes of one
        // id.
        long seq = changes.next();
        check(seed);
        if (speakers.stored(seed.id()).isPresent()) {
            throw Records.taken(KIND, seed.id());
        }
        return insert(seq, seed, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(KIND, PLURAL, id, ifMatch, ifNoneMatch);
        SpeakerSeed seed = read(Records.named(draft, id));
        Records.pathId(id, seed.id());
        long seq = changes.next();
        check(seed);
        Optional<Stored> stored = speakers.stored(id);
        if (creating) {
            Records.free(KIND, id, stored);
            return new Written(insert(seq, seed, actor), true);
        }
        Stored current = Records.current(KIND, id, ifMatch, stored);
        return new Written(replace(seq, current, speakers.findById(id), seed, actor), false);
    }

    @Override
    @Transactional
    public SpeakerResponse patch(String id, JsonNode patch, String ifMatch, String actor)
            throws JsonProcessingException {
        Records.ifMatchRequired("Patching", KIND, PLURAL, id, ifMatch);
        // Taken before the speaker is read, as a metric's patch takes it: the patch applies to the very version
        // If-Match names.
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, speakers.stored(id));
        Speaker speaker = speakers.findById(id);
        SpeakerSeed seed = read(Records.patched(KIND, mapper.valueToTree(SeedExport.speaker(speaker)), patch));
        Records.sameId(KIND, id, seed.id());
        check(seed);
        return replace(seq, current, speaker, seed, actor);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired("Deleting", KIND, PLURAL, id, ifMatch);
        // Counted under the change number's lock, which every statement write takes too: none can be attributed to
        // the speaker between the count and the tombstone.
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, speakers.stored(id));
        long attributed = speakers.statements(id);
        if (attributed > 0) {
            throw new ConflictException(attributed + (attributed == 1 ? " statement is" : " statements are")
                    + " attributed to the speaker '" + id + "': attribute " + (attributed == 1 ? "it" : "them")
                    + " to another speaker or delete " + (attributed == 1 ? "it" : "them") + " first.");
        }
        Speaker speaker = speakers.findById(id);
        speaker.version = current.version() + 1;
        speaker.updatedAt = Records.now();
        speaker.deletedAt = speaker.updatedAt;
        changes.record(seq, RecordType.SPEAKER, id, ChangeAction.DELETE, speaker.version, actor, null);
    }

    private SpeakerResponse replace(long seq, Stored current, Speaker speaker, SpeakerSeed seed, String actor) {
        SeedWriter.speaker(speaker, seed);
        // The statements' search finds them by their speaker's words, which may have just changed.
        statements.attributedTo(speaker.id).forEach(SeedWriter::reindex);
        speaker.version = current.version() + 1;
        speaker.updatedAt = Records.now();
        speakers.flush();
        SpeakerResponse served = SpeakerResponse.from(speaker);
        changes.record(seq, RecordType.SPEAKER, speaker.id, ChangeAction.UPDATE, speaker.version, actor, served);
        return served;
    }

    private SpeakerResponse insert(long seq, SpeakerSeed seed, String actor) {
        Speaker speaker = new Speaker();
        speaker.id = seed.id();
        SeedWriter.speaker(speaker, seed);
        speaker.version = 1;
        speaker.updatedAt = Records.now();
        speakers.persist(speaker);
        speakers.flush();
        SpeakerResponse served = SpeakerResponse.from(speaker);
        changes.record(seq, RecordType.SPEAKER, speaker.id, ChangeAction.CREATE, speaker.version, actor, served);
        return served;
    }

    /** The body in the seed format; a field of the wrong type or an unknown one is the JSON mappers' 422. */
    private SpeakerSeed read(JsonNode draft) throws JsonProcessingException {
        return mapper.treeToValue(draft, SpeakerSeed.class);
    }

    /** Every rule the loader applies to a speaker, and what the columns can hold. */
    private void check(SpeakerSeed seed) {
        List<ParameterError> errors = Records.errors(SeedValidator.speaker(seed, validator, records));
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/name", seed.name(), NAME);
        Records.longest(errors, "/role", seed.role(), ROLE);
        Records.longest(errors, "/organization", seed.organization(), ORGANIZATION);
        Records.refuse(errors);
    }
}
