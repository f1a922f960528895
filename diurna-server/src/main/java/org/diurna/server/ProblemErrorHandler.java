package org.diurna.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The web server's own error pages as RFC 9457 problem JSON: Jetty answers some requests before Diurna sees them (a
 * malformed request line: 400; a URI too long: 414; headers too large: 431) with an HTML page of its own.
 */
final class ProblemErrorHandler extends ErrorHandler {
    static final String TYPE = "application/problem+json";

    @Override public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        return ByteBuffer.wrap(body(status, reason, null));
    }

    @Override protected void generateAcceptableResponse(Request base, HttpServletRequest request,
                                                        HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType(TYPE);
        response.getOutputStream().write(body(code, message, request.getRequestURI()));
        base.setHandled(true);
    }

    private static byte[] body(int status, String reason, String path) {
        ObjectNode o = Json.object();
        o.put("type", "about:blank");
        String title = org.eclipse.jetty.http.HttpStatus.getMessage(status);
        o.put("title", title == null ? "Error" : title);
        o.put("status", status);
        o.put("detail", reason == null || reason.isBlank() ? title : reason);
        if (path != null) o.put("instance", path);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
