package org.bri.data.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.Slugged;

/** Adds source documents: the text is stored exactly as sent and never changes afterwards. */
@ApplicationScoped
class SourceWriter {

    private final SourceRepository sources;
    private final ChangeLog changes;
    private final Validator validator;

    SourceWriter(SourceRepository sources, ChangeLog changes, Validator validator) {
        this.sources = sources;
        this.changes = changes;
        this.validator = validator;
    }

    /** Validates, stores and logs a new source, computing its digest, length and body start from the text. */
    @Transactional
    Source create(SourceDraft draft, String actor) {
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw InvalidRecordException.of(violations);
        }
        int bodyStart = 0;
        if (draft.bodyStartsWith() != null) {
            try {
                bodyStart = Anchor.find(draft.text(), draft.bodyStartsWith(), null).start();
            } catch (IllegalArgumentException e) {
                throw new InvalidRecordException(List.of(InvalidRecordException.field("/bodyStartsWith",
                        e.getMessage().replace("exact ", "the passage "))));
            }
        }
        // Taken before the id check: the change number's row lock also queues two creations of one id.
        long seq = changes.next();
        if (sources.findByIdOptional(draft.id()).isPresent()) {
            throw new ConflictException("A source with the id '" + draft.id() + "' exists; a corrected text is a "
                    + "new source with a new id.");
        }
        Source source = new Source();
        source.id = draft.id();
        source.title = draft.title();
        source.publisher = draft.publisher();
        source.author = draft.author();
        source.kind = Slugged.of(SourceKind.class, draft.kind());
        source.publishedOn = draft.publishedOn();
        source.deliveredOn = draft.deliveredOn();
        source.dateNote = draft.dateNote();
        source.language = draft.language();
        source.content = draft.text();
        source.characters = draft.text().codePointCount(0, draft.text().length());
        source.bodyStart = bodyStart;
        source.sha256 = sha256(draft.text());
        source.version = 1;
        // To the microsecond, as stored, so that the source this write answers and logs is the one reads serve.
        source.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        sources.persist(source);
        changes.record(seq, RecordType.SOURCE, source.id, ChangeAction.CREATE, source.version, actor,
                SourceResponse.from(source));
        return source;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
