package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;
import org.bri.data.statement.Speaker;
import org.bri.data.statement.SpeakerRepository;
import org.bri.data.statement.SpeakerResponse;
import org.bri.data.statement.StatementRepository;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes speakers sent in the seed format, refusing to delete one that statements are attributed to. */
@ApplicationScoped
class SpeakerCurator extends Curator<SpeakerSeed, Speaker, SpeakerResponse> {

    /** What the columns hold (V1__schema.sql): the API refuses more rather than letting the database fail. */
    private static final int ID = 100;
    private static final int NAME = 300;
    private static final int ROLE = 500;
    private static final int ORGANIZATION = 500;

    private final Validator validator;
    private final SpeakerRepository speakers;
    private final StatementRepository statements;
    private final Records records;

    SpeakerCurator(ObjectMapper mapper, Validator validator, ChangeLog changes, SpeakerRepository speakers,
            StatementRepository statements, Records records) {
        super(RecordType.SPEAKER, SpeakerSeed.class, mapper, changes, speakers);
        this.validator = validator;
        this.speakers = speakers;
        this.statements = statements;
        this.records = records;
    }

    @Override
    Optional<Stored> stored(String id) {
        return speakers.stored(id);
    }

    /** A speaker quotes nothing, so it has no anchors. */
    @Override
    Map<EvidenceSeed, Anchor> check(SpeakerSeed seed) {
        List<ParameterError> errors = Records.errors(SeedValidator.speaker(seed, validator, records));
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/name", seed.name(), NAME);
        Records.longest(errors, "/role", seed.role(), ROLE);
        Records.longest(errors, "/organization", seed.organization(), ORGANIZATION);
        Records.refuse(errors);
        return Map.of();
    }

    @Override
    Speaker blank(String id) {
        Speaker speaker = new Speaker();
        speaker.id = id;
        return speaker;
    }

    @Override
    void fill(Speaker speaker, SpeakerSeed seed, Map<EvidenceSeed, Anchor> anchors) {
        SeedWriter.speaker(speaker, seed);
    }

    /** The statements' search finds them by their speaker's words, which may have just changed. */
    @Override
    void replaced(Speaker speaker) {
        statements.attributedTo(speaker.id).forEach(SeedWriter::reindex);
    }

    @Override
    void stamp(Speaker speaker, int version, OffsetDateTime at, boolean deleted) {
        speaker.version = version;
        speaker.updatedAt = at;
        if (deleted) {
            speaker.deletedAt = at;
        }
    }

    @Override
    SpeakerResponse served(Speaker speaker) {
        return SpeakerResponse.from(speaker);
    }

    @Override
    Object exported(Speaker speaker) {
        return SeedExport.speaker(speaker);
    }

    @Override
    void referenced(String id) {
        // Counted under the change number's lock, which every statement write takes too: none can be attributed to
        // the speaker between the count and the tombstone.
        long attributed = speakers.statements(id);
        if (attributed > 0) {
            throw new ConflictException(attributed + (attributed == 1 ? " statement is" : " statements are")
                    + " attributed to the speaker '" + id + "': attribute " + (attributed == 1 ? "it" : "them")
                    + " to another speaker or delete " + (attributed == 1 ? "it" : "them") + " first.");
        }
    }
}
