package org.bri.data.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.bri.data.common.OneOf;
import org.bri.data.common.PartialDateValue;
import org.bri.data.common.Slugged;

/** A new source document as a curator sends it: its metadata and its full text, stored exactly. */
public record SourceDraft(
        @NotNull @Size(max = 200) @Pattern(regexp = Slugged.ID_PATTERN, message = "must be a lower-case slug such as 'xi-2021-speech'") String id,
        @Size(max = 500) String title,
        @Size(max = 500) String publisher,
        @Size(max = 500) String author,
        @NotNull @OneOf(SourceKind.class) String kind,
        @PartialDateValue String publishedOn,
        @PartialDateValue String deliveredOn,
        @Size(max = 2000) String dateNote,
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as 'en'") String language,
        @NotBlank @Size(max = 200000, message = "must be at most 200000 characters") String text,
        String bodyStartsWith) {
}
