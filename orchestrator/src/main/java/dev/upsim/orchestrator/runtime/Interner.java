package dev.upsim.orchestrator.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One instance per distinct value for a whole simulation, so that containers which would each make
 * an equal copy share one instead. Values repeat across the environments of a project (a worker is
 * named {@code app--queue} in every one of them) and across the workloads of an application (its
 * workers often hold the same grants). Only values drawn from configurations belong here, a few per
 * deploy, never one per run or per request: an interner keeps every value it has seen.
 *
 * @param <T> an immutable value with equals and hashCode by content
 */
public final class Interner<T> {

  private final ConcurrentMap<T, T> shared = new ConcurrentHashMap<>();

  /** The simulation's one instance equal to {@code value}, which is it if it is the first. */
  public T intern(T value) {
    T known = shared.putIfAbsent(value, value);
    return known == null ? value : known;
  }
}
