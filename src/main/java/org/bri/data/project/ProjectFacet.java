package org.bri.data.project;

import org.bri.data.common.Facet;

/** What the project list can count its projects by: each of its vocabulary and id filters. */
public enum ProjectFacet implements Facet {

    COUNTRY, COUNTRY_ROLE, TYPE, SECTOR, STATUS, SCALE, THEME
}
