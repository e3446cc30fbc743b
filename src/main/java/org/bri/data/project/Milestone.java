package org.bri.data.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dated event in a project's life, dated as precisely as its source allows. */
@Embeddable
public class Milestone {

    @Column(name = "date_text")
    public String date;

    public String event;
}
