/**
 * Keyset pagination for the API's lists: a page is the rows whose id is greater than {@code after}, in id order, so
 * a page costs one index range scan however deep it is (never {@code OFFSET}).
 */
package dev.neonkit.example.paging;
