package org.bri.data.project;

import java.util.List;

/** A project as other resources reference it. */
public record ProjectRef(String id, String name) {

    public static ProjectRef from(Project p) {
        return p == null ? null : new ProjectRef(p.id, p.name);
    }

    public static List<ProjectRef> from(List<Project> projects) {
        return projects.stream().map(ProjectRef::from).toList();
    }
}
