package dev.neonkit.schema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
            "CustomerOrder, customer_order",
            "HTTPServer, http_server",
            "userID, user_id",
            "id, id",
            "URL, url",
            "addressLine2, address_line2",
            "line2Total, line2_total",
            "already_snake, already_snake",
            "Customer_Order, customer_order",
            "parseHTTPResponseCode, parse_http_response_code",
            "A, a",
    })
    void convertsJavaNamesToSnakeCase(String javaName, String expected) {
        assertEquals(expected, JavaNames.toSnakeCase(javaName));
    }

    @Test
    void rejectsBlankNames() {
        assertThrows(IllegalArgumentException.class, () -> JavaNames.toSnakeCase(" "));
    }
}
