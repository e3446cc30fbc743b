package org.bri.data.theme;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One entry of the fixed theme vocabulary. */
@Entity
public class Theme {

    @Id
    public String id;

    public String label;
    public String description;

    /** The ids of a list of themes, as other resources show them. */
    public static List<String> ids(List<Theme> themes) {
        return themes.stream().map(t -> t.id).toList();
    }
}
