package org.diurna.cli;

/** Samples the heap in use every 20 ms on a daemon thread and keeps the peak. */
final class HeapSampler implements Runnable {
    private volatile boolean running = true;
    private volatile long peak;

    static HeapSampler start() {
        HeapSampler h = new HeapSampler();
        Thread t = new Thread(h, "heap-sampler");
        t.setDaemon(true);
        t.start();
        return h;
    }

    @Override public void run() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() { running = false; }

    long peakMiB() { return peak >> 20; }
}
