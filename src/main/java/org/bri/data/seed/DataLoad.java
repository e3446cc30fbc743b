package org.bri.data.seed;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row recording which seed set the database holds; locked while a load runs. */
@Entity
@Table(name = "data_load")
public class DataLoad {

    static final int ID = 1;

    @Id
    public Integer id;

    public Integer release;

    public String checksum;

    @Column(name = "loaded_at")
    public LocalDateTime loadedAt;
}
