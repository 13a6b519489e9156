// One HTTP GET through libcurl, loaded with dlopen on first use (see briefing_http.h).
//
// libcurl's headers are not needed: the few constants used below are part of libcurl's stable
// ABI (soname libcurl.so.4, unchanged since 2006) and are declared here with their curl.h names.
#include "briefing_http.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// MARK: - libcurl ABI constants (values from curl/curl.h)

enum {
    CURLE_OK = 0,
    CURLE_UNSUPPORTED_PROTOCOL = 1,
    CURLE_COULDNT_RESOLVE_HOST = 6,
    CURLE_COULDNT_CONNECT = 7,
    CURLE_WRITE_ERROR = 23,
    CURLE_OPERATION_TIMEDOUT = 28,
    CURLE_TOO_MANY_REDIRECTS = 47,
    CURLE_UNKNOWN_OPTION = 48,
    CURLE_FILESIZE_EXCEEDED = 63,
};

enum {
    CURLOPT_WRITEDATA = 10001,
    CURLOPT_URL = 10002,
    CURLOPT_ERRORBUFFER = 10010,
    CURLOPT_WRITEFUNCTION = 20011,
    CURLOPT_TIMEOUT_MS = 155,
    CURLOPT_CONNECTTIMEOUT_MS = 156,
    CURLOPT_LOW_SPEED_LIMIT = 19,
    CURLOPT_LOW_SPEED_TIME = 20,
    CURLOPT_USERAGENT = 10018,
    CURLOPT_HTTPHEADER = 10023,
    CURLOPT_FOLLOWLOCATION = 52,
    CURLOPT_MAXREDIRS = 68,
    CURLOPT_NOSIGNAL = 99,
    CURLOPT_ACCEPT_ENCODING = 10102,
    CURLOPT_MAXFILESIZE_LARGE = 30117,
    CURLOPT_PROTOCOLS = 181,             // deprecated since 7.85, used when *_STR is unknown
    CURLOPT_REDIR_PROTOCOLS = 182,
    CURLOPT_PROTOCOLS_STR = 10318,       // since 7.85
    CURLOPT_REDIR_PROTOCOLS_STR = 10319,
};

enum {
    CURLINFO_EFFECTIVE_URL = 0x100000 + 1,
    CURLINFO_RESPONSE_CODE = 0x200000 + 2,
    CURLINFO_CONTENT_TYPE = 0x100000 + 18,
};

#define CURLPROTO_HTTP (1L << 0)
#define CURLPROTO_HTTPS (1L << 1)
#define CURL_GLOBAL_DEFAULT 3L
#define CURL_ERROR_SIZE 256

// MARK: - Loading

typedef int (*global_init_fn)(long flags);
typedef void *(*easy_init_fn)(void);
typedef int (*easy_setopt_fn)(void *handle, int option, ...);
typedef int (*easy_perform_fn)(void *handle);
typedef int (*easy_getinfo_fn)(void *handle, int info, ...);
typedef void (*easy_cleanup_fn)(void *handle);
typedef const char *(*easy_strerror_fn)(int code);
typedef void *(*slist_append_fn)(void *list, const char *string);
typedef void (*slist_free_all_fn)(void *list);

/// The libcurl functions this file calls; written once under `load_once`, then only read.
static struct {
    int state;  // 0: loaded and initialized, 1: no library, 2: library unusable
    char error[CURL_ERROR_SIZE];
    easy_init_fn easy_init;
    easy_setopt_fn easy_setopt;
    easy_perform_fn easy_perform;
    easy_getinfo_fn easy_getinfo;
    easy_cleanup_fn easy_cleanup;
    easy_strerror_fn easy_strerror;
    slist_append_fn slist_append;
    slist_free_all_fn slist_free_all;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void *resolve(void *library, const char *name) {
    void *symbol = dlsym(library, name);
    if (!symbol && curl.state == 0) {
        curl.state = 2;
        snprintf(curl.error, sizeof curl.error, "libcurl lacks %s", name);
    }
    return symbol;
}

static void load_curl(void) {
    static const char *const names[] = {
#ifdef __APPLE__
        "libcurl.4.dylib",
#endif
        "libcurl.so.4", "libcurl-gnutls.so.4",
    };
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !library; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (!library) {
        const char *reason = dlerror();
        curl.state = 1;
        snprintf(curl.error, sizeof curl.error, "%s", reason ? reason : "libcurl.so.4 not found");
        return;
    }
    // The library stays loaded for the life of the process: handles may be used from any thread.
    global_init_fn global_init = (global_init_fn)resolve(library, "curl_global_init");
    curl.easy_init = (easy_init_fn)resolve(library, "curl_easy_init");
    curl.easy_setopt = (easy_setopt_fn)resolve(library, "curl_easy_setopt");
    curl.easy_perform = (easy_perform_fn)resolve(library, "curl_easy_perform");
    curl.easy_getinfo = (easy_getinfo_fn)resolve(library, "curl_easy_getinfo");
    curl.easy_cleanup = (easy_cleanup_fn)resolve(library, "curl_easy_cleanup");
    curl.easy_strerror = (easy_strerror_fn)resolve(library, "curl_easy_strerror");
    curl.slist_append = (slist_append_fn)resolve(library, "curl_slist_append");
    curl.slist_free_all = (slist_free_all_fn)resolve(library, "curl_slist_free_all");
    if (curl.state != 0) return;
    // curl_global_init is not thread-safe before 7.84; pthread_once makes this the only call.
    int code = global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        curl.state = 2;
        snprintf(curl.error, sizeof curl.error, "curl_global_init failed (%s)", curl.easy_strerror(code));
    }
}

// MARK: - The transfer

/// The body as it arrives, bounded by max_bytes.
struct sink {
    unsigned char *bytes;
    size_t length, capacity, limit;
    int too_large, out_of_memory;
};

static size_t on_data(char *data, size_t size, size_t count, void *context) {
    struct sink *sink = context;
    size_t n = size * count;
    if (n > sink->limit - sink->length) {
        sink->too_large = 1;
        return 0;  // any other count than n makes libcurl stop with CURLE_WRITE_ERROR
    }
    if (sink->length + n > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity : 16384;
        while (capacity < sink->length + n) capacity *= 2;
        if (capacity > sink->limit) capacity = sink->limit;
        unsigned char *grown = realloc(sink->bytes, capacity ? capacity : 1);
        if (!grown) {
            sink->out_of_memory = 1;
            return 0;
        }
        sink->bytes = grown;
        sink->capacity = capacity;
    }
    if (n) memcpy(sink->bytes + sink->length, data, n);
    sink->length += n;
    return n;
}

static char *copy_string(const char *string) {
    return string ? strdup(string) : NULL;
}

static long milliseconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)(now.tv_sec - start->tv_sec) * 1000L + (now.tv_nsec - start->tv_nsec) / 1000000L;
}

/// Restricts the protocols of the first request and of redirects to http and https.
static int restrict_protocols(void *handle) {
    int code = curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    if (code == CURLE_UNKNOWN_OPTION) code = curl.easy_setopt(handle, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
    if (code != CURLE_OK) return code;
    code = curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (code == CURLE_UNKNOWN_OPTION) code = curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
    return code;
}

briefing_http_outcome briefing_http_get(const briefing_http_request *request, briefing_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load_curl);
    if (curl.state != 0) {
        response->message = copy_string(curl.error);
        return curl.state == 1 ? BRIEFING_HTTP_NO_LIBCURL : BRIEFING_HTTP_FAILED;
    }
    void *handle = curl.easy_init();
    if (!handle) {
        response->message = copy_string("curl_easy_init failed");
        return BRIEFING_HTTP_FAILED;
    }

    char error[CURL_ERROR_SIZE] = "";
    long long max_bytes = request->max_bytes > 0 ? request->max_bytes : 0;
    struct sink sink = {.limit = (size_t)max_bytes};
    long timeout_ms = request->timeout_ms > 0 ? request->timeout_ms : 1;
    long stall_seconds = (timeout_ms + 999) / 1000;
    void *headers = NULL;
    if (request->accept) {
        size_t length = strlen("Accept: ") + strlen(request->accept) + 1;
        char *line = malloc(length);
        if (line) {
            snprintf(line, length, "Accept: %s", request->accept);
            headers = curl.slist_append(NULL, line);
            free(line);
        }
    }

    int code = CURLE_OK;
#define SET(option, value) \
    if (code == CURLE_OK) code = curl.easy_setopt(handle, option, value)
    SET(CURLOPT_ERRORBUFFER, error);
    SET(CURLOPT_URL, request->url);
    if (code == CURLE_OK) code = restrict_protocols(handle);
    SET(CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for DNS timeouts: transfers run on many threads
    SET(CURLOPT_USERAGENT, request->user_agent);
    SET(CURLOPT_HTTPHEADER, headers);
    SET(CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl can decode (gzip, deflate, ...)
    SET(CURLOPT_FOLLOWLOCATION, 1L);
    SET(CURLOPT_MAXREDIRS, request->max_redirects > 0 ? request->max_redirects : 0L);
    SET(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    // A server that sends nothing for the timeout ends the transfer, as a wait would.
    SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
    SET(CURLOPT_LOW_SPEED_TIME, stall_seconds);
    SET(CURLOPT_TIMEOUT_MS, request->total_timeout_ms > 0 ? request->total_timeout_ms : 0L);
    SET(CURLOPT_MAXFILESIZE_LARGE, (long long)max_bytes);  // refuses a larger Content-Length up front
    SET(CURLOPT_WRITEFUNCTION, on_data);
    SET(CURLOPT_WRITEDATA, &sink);
#undef SET

    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (code == CURLE_OK) code = curl.easy_perform(handle);
    long elapsed_ms = milliseconds_since(&start);

    const char *effective_url = NULL;
    const char *content_type = NULL;
    curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response->status);
    curl.easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &effective_url);
    curl.easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type);
    response->effective_url = copy_string(effective_url);

    briefing_http_outcome outcome;
    switch (code) {
    case CURLE_OK: outcome = BRIEFING_HTTP_RESPONDED; break;
    case CURLE_UNSUPPORTED_PROTOCOL: outcome = BRIEFING_HTTP_PROTOCOL_REFUSED; break;
    case CURLE_COULDNT_RESOLVE_HOST: outcome = BRIEFING_HTTP_UNKNOWN_HOST; break;
    case CURLE_COULDNT_CONNECT: outcome = BRIEFING_HTTP_CANNOT_CONNECT; break;
    case CURLE_TOO_MANY_REDIRECTS: outcome = BRIEFING_HTTP_TOO_MANY_REDIRECTS; break;
    case CURLE_FILESIZE_EXCEEDED: outcome = BRIEFING_HTTP_TOO_LARGE; break;
    case CURLE_OPERATION_TIMEDOUT:
        outcome = request->total_timeout_ms > 0 && elapsed_ms + 50 >= request->total_timeout_ms
            ? BRIEFING_HTTP_TRANSFER_TIMED_OUT : BRIEFING_HTTP_SERVER_TIMED_OUT;
        break;
    case CURLE_WRITE_ERROR:
        if (sink.too_large) {
            outcome = BRIEFING_HTTP_TOO_LARGE;
            break;
        }
        if (sink.out_of_memory) snprintf(error, sizeof error, "out of memory");
        outcome = BRIEFING_HTTP_FAILED;
        break;
    default: outcome = BRIEFING_HTTP_FAILED; break;
    }
    if (outcome == BRIEFING_HTTP_RESPONDED) {
        response->content_type = copy_string(content_type);
        response->body = sink.bytes;
        response->body_length = sink.length;
    } else {
        free(sink.bytes);
        size_t length = strlen(error);
        while (length > 0 && (error[length - 1] == '\n' || error[length - 1] == '\r')) error[--length] = '\0';
        response->message = copy_string(length > 0 ? error : curl.easy_strerror(code));
    }
    curl.easy_cleanup(handle);
    if (headers) curl.slist_free_all(headers);
    return outcome;
}

void briefing_http_response_free(briefing_http_response *response) {
    free(response->body);
    free(response->effective_url);
    free(response->content_type);
    free(response->message);
    memset(response, 0, sizeof *response);
}
