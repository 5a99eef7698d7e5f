package shop;

/** Reference model: an enum stored as text with a CHECK. */
public enum Status { NEW, PAID, SHIPPED, DELIVERED }
