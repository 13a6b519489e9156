// One HTTP GET through libcurl, loaded with dlopen on first use.
//
// Nothing here links libcurl: a process that never fetches a URL never loads libcurl or the
// TLS, Kerberos and LDAP libraries it depends on.
#ifndef BRIEFING_HTTP_H
#define BRIEFING_HTTP_H

#include <stddef.h>

/// How a transfer ended. Any HTTP status counts as BRIEFING_HTTP_RESPONDED; the caller judges it.
typedef enum briefing_http_outcome {
    BRIEFING_HTTP_RESPONDED = 0,       // a response arrived: see status, body, headers
    BRIEFING_HTTP_NO_LIBCURL,          // libcurl could not be loaded or initialized: see message
    BRIEFING_HTTP_SERVER_TIMED_OUT,    // no connection or no data within timeout_ms
    BRIEFING_HTTP_TRANSFER_TIMED_OUT,  // the whole transfer took longer than total_timeout_ms
    BRIEFING_HTTP_UNKNOWN_HOST,        // the host name did not resolve
    BRIEFING_HTTP_CANNOT_CONNECT,      // the server refused the connection or is unreachable
    BRIEFING_HTTP_TOO_LARGE,           // the body (announced or received) exceeds max_bytes
    BRIEFING_HTTP_TOO_MANY_REDIRECTS,  // more than max_redirects redirects
    BRIEFING_HTTP_PROTOCOL_REFUSED,    // the address (or a redirect) is not http or https
    BRIEFING_HTTP_FAILED,              // anything else: see message
} briefing_http_outcome;

/// What to fetch and the limits to fetch it with.
typedef struct briefing_http_request {
    const char *url;
    const char *user_agent;
    const char *accept;            // the Accept header value, or NULL for none
    long timeout_ms;               // for the connection, and for each stall while waiting for data
    long total_timeout_ms;         // for the whole transfer
    long max_redirects;
    long long max_bytes;           // largest body accepted (after content decoding)
} briefing_http_request;

/// What came back. Every pointer is NULL or owned by the response: release it with
/// briefing_http_response_free.
typedef struct briefing_http_response {
    long status;                   // the final HTTP status, 0 if none arrived
    unsigned char *body;
    size_t body_length;
    char *effective_url;           // the address after redirects
    char *content_type;            // the Content-Type header of the final response
    char *message;                 // libcurl's own description of a failure
} briefing_http_response;

/// Fetches request->url with GET, following redirects, and fills *response.
/// Thread-safe; blocks the calling thread until the transfer ends.
briefing_http_outcome briefing_http_get(const briefing_http_request *request,
                                        briefing_http_response *response);

/// Frees what a response owns and resets it to empty.
void briefing_http_response_free(briefing_http_response *response);

#endif
