package dev.upsim.orchestrator.http;

/**
 * Hands out loopback addresses one by one, from 127.0.0.2 up, so that every container's proxy has
 * an address of its own. On Linux every {@code 127.x.y.z} reaches this machine without any set-up.
 * Addresses are never handed out twice, so a client that kept the address of a finished task run
 * gets no answer rather than another container's tokens. Host parts 0 and 255 are skipped, since
 * some tools read them as network and broadcast addresses.
 */
final class LoopbackAddresses {

  private static final int LAST = (1 << 24) - 1;

  private int next = 2;

  /** The next unused address, such as {@code 127.0.0.2}. */
  synchronized String next() {
    while ((next & 0xff) == 0 || (next & 0xff) == 0xff) {
      next++;
    }
    if (next >= LAST) {
      throw new IllegalStateException("every loopback address of 127.0.0.0/8 is in use");
    }
    int address = next++;
    return "127." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff) + "." + (address & 0xff);
  }
}
