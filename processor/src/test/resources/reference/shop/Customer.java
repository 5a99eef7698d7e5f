package shop;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.Index;
import dev.neonkit.annotations.NeonEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.acme.Nullable;

/** Reference model: a record with a generated long key and every scalar type. */
@NeonEntity(table = "customers")
@Index(columns = "email", unique = true)
@Index(columns = {"lastName", "firstName"})
public record Customer(
    @Id long id,
    @Column(length = 320) String email,
    String firstName,
    @Nullable String lastName,
    boolean active,
    short level,
    int points,
    float rating,
    double score,
    @Column(length = 3, defaultSql = "'EUR'") String currency,
    LocalDateTime lastSeenLocal,
    @Nullable LocalDate birthday,
    @Nullable LocalTime preferredTime,
    byte @Nullable [] avatar,
    String[] nicknames,
    int[] luckyNumbers,
    List<Long> friendIds,
    @Column(name = "cust_code", unique = true, type = "varchar(20)") String code) {}
