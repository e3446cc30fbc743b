package org.bri.data.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A project sector with its OECD DAC CRS purpose code. */
@Entity
public class Sector {

    @Id
    public String id;

    public String label;

    @Column(name = "crs_code")
    public String crsCode;
}
