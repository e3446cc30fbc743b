package org.bri.data.theme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

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
