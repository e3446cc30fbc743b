package org.bri.data.common;

/** The roles a bearer token may carry: reads need none. */
public final class Roles {

    /** Creates and changes records and sources. */
    public static final String CURATOR = "curator";

    /** Everything a curator may, plus deleting records and publishing releases. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
