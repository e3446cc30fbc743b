package org.bri.data.seed;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The single row recording which release of the data the database holds: the seed set loaded, or the release an
 * editor published since; locked while a load or a publication runs.
 */
@Entity
public class DataLoad {

    public static final int ID = 1;

    @Id
    public Integer id;

    public Integer release;

    public String checksum;

    public LocalDateTime loadedAt;
}
