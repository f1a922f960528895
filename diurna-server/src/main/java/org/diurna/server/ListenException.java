package org.diurna.server;

/**
 * The server cannot listen on its address: the port is taken (by another server, often another {@code diurna
 * serve}), needs privileges (below 1024), or the host is not an address of this machine. Not a fault: the person can
 * free the port or choose another host or port.
 */
public final class ListenException extends RuntimeException {
    private final String host;
    private final int port;

    /**
     * @param reason what the system said ("Address already in use", "Permission denied")
     */
    public ListenException(String host, int port, String reason, Throwable cause) {
        super("cannot listen on " + host + ":" + port + ": " + reason, cause);
        this.host = host;
        this.port = port;
    }

    public String host() { return host; }

    public int port() { return port; }
}
