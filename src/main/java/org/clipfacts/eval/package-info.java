/**
 * Scoring extraction against answer files: answer sets, the gold reader, matching, scores and their reports.
 * Knows neither how clippings are extracted ({@code corpus}) nor {@code check}.
 */
package org.clipfacts.eval;
