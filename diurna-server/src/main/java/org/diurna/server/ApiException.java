package org.diurna.server;

/** An error answered as RFC 9457 problem JSON; {@code param} names the request parameter at fault, or is null. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final String param;

    public ApiException(int status, String title, String detail, String param) {
        super(detail);
        this.status = status;
        this.title = title;
        this.param = param;
    }

    public static ApiException badParam(String param, String detail) {
        return new ApiException(400, "Bad parameter", detail, param);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail, null);
    }

    public int status() { return status; }

    public String title() { return title; }

    public String param() { return param; }
}
