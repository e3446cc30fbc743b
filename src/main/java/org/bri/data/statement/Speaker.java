package org.bri.data.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A person or an issuing body that statements are attributed to. */
@Entity
public class Speaker {

    @Id
    public String id;

    public String name;
    public String role;
    public String organization;
    @Enumerated(EnumType.STRING)
    public SpeakerKind kind;
}
