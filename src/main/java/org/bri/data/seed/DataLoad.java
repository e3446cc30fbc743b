package org.bri.data.seed;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The single row recording which seed set the database holds; locked while a load runs. */
@Entity
public class DataLoad {

    static final int ID = 1;

    @Id
    public Integer id;

    public Integer release;

    public String checksum;

    public LocalDateTime loadedAt;
}
