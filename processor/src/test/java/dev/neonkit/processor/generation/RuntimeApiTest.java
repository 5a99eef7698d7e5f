package dev.neonkit.processor.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.runtime.generated.GeneratedCodeApi;
import org.junit.jupiter.api.Test;

/** The processor and the runtime of one build agree on the generated-code API. */
class RuntimeApiTest {

    @Test
    void processorWritesForTheGeneratedCodeApiOfTheRuntimeBuiltWithIt() {
        assertEquals(GeneratedCodeApi.VERSION, RuntimeApi.VERSION);
    }
}
