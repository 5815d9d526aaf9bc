/* The floor for `cchc check` over many files: what reading each file whole and looking at every
 * byte once costs on this machine, on two threads as `check` uses two cores here. It counts the
 * bytes that JSON structure is made of, so that the scan cannot be optimised away, and prints
 * the count. Built and run by Scripts/bench.sh (cc -O2 -pthread); not part of the package. */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { threads = 2, capacity = 16 << 20 };

struct work {
    char **paths;
    int count, first;
    unsigned long structural;
};

static void *scan(void *arg) {
    struct work *w = arg;
    unsigned char *buffer = malloc(capacity);
    if (!buffer) return NULL;
    for (int i = w->first; i < w->count; i += threads) {
        int fd = open(w->paths[i], O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t n = read(fd, buffer, capacity);
        close(fd);
        for (ssize_t k = 0; k < n; k++) {
            unsigned char b = buffer[k];
            w->structural += b == '{' || b == '}' || b == '[' || b == ']' || b == ':' || b == ',' || b == '"';
        }
    }
    free(buffer);
    return NULL;
}

int main(int argc, char **argv) {
    pthread_t ids[threads];
    struct work work[threads];
    for (int t = 0; t < threads; t++) {
        work[t] = (struct work){argv + 1, argc - 1, t, 0};
        pthread_create(&ids[t], NULL, scan, &work[t]);
    }
    unsigned long total = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        total += work[t].structural;
    }
    printf("%d files, %lu structural bytes\n", argc - 1, total);
    return 0;
}
