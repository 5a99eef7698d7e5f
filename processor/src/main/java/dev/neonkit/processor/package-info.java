/**
 * The neonkit annotation processor, {@link dev.neonkit.processor.NeonProcessor}.
 *
 * <p>Maven setup:
 *
 * <pre>{@code
 * <plugin>
 *   <artifactId>maven-compiler-plugin</artifactId>
 *   <configuration>
 *     <annotationProcessorPaths>
 *       <path><groupId>dev.neonkit</groupId><artifactId>neonkit-processor</artifactId><version>...</version></path>
 *     </annotationProcessorPaths>
 *     <compilerArgs>
 *       <arg>-Aneonkit.migrations=${project.basedir}/migrations</arg>
 *     </compilerArgs>
 *   </configuration>
 * </plugin>
 * }</pre>
 *
 * <p>Every compile brings the migrations directory in step with the entities: a change is written as a draft
 * {@code V<n>__<description>.sql} whose first line marks it as a draft; review it and delete that line to accept
 * it, and the next compile records it in {@code neonkit-snapshot.json}. Accepted migrations are never modified.
 */
package dev.neonkit.processor;
