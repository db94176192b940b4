/**
 * The command line: one small picocli class per subcommand and the mixins they share. The top floor: it may
 * use every package, and none uses it (see the README's "How it works" and {@code LayersTest}).
 */
package org.clipfacts.cli;
