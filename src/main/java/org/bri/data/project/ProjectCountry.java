package org.bri.data.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.bri.data.country.Country;
import org.bri.data.country.CountryRole;

/** A country a project is in or that takes part in it, with its role. */
@Embeddable
public class ProjectCountry {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "country_code")
    public Country country;

    @Enumerated(EnumType.STRING)
    public CountryRole role;
}
