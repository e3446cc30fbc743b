package org.bri.data.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An ISO 3166-1 country referenced by the data. */
@Entity
public class Country {

    @Id
    public String code;

    public String alpha3;
    public String name;
    public String region;
    public String subregion;
}
