package org.bri.data.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A project sector with its OECD DAC CRS purpose code. */
@Entity
public class Sector {

    @Id
    public String id;

    public String label;

    public String crsCode;
}
