-- The cart in progress, saved as the cashier works, so a reload of the page or a crash of the window
-- gives it back: one row per till and person, like a parked cart with no label that nobody has to
-- park (electron/core/afterSale/currentCart.ts). The cart is JSON (the lines a parked cart holds);
-- products are looked up again when it comes back.
CREATE TABLE current_carts (
  device       TEXT NOT NULL,
  user_id      INTEGER NOT NULL REFERENCES users (id),
  -- Made by the till for each new cart (a random text).
  cart_id      TEXT NOT NULL CHECK (length(cart_id) BETWEEN 1 AND 64),
  cart         TEXT NOT NULL CHECK (json_valid(cart)),
  updated_at   TEXT NOT NULL,
  -- The cart this person last sold on this till: never restored, and a save for it that arrives
  -- after the sale (it was on its way while the sale was stored) is ignored.
  sold_cart_id TEXT,
  PRIMARY KEY (device, user_id)
) STRICT;

-- The sale and the end of its cart are one transaction: a crash right after a sale can never bring
-- the sold cart back.
CREATE TRIGGER current_carts_sold AFTER INSERT ON sales
WHEN NEW.cashier_id IS NOT NULL
BEGIN
  UPDATE current_carts SET sold_cart_id = cart_id WHERE device = NEW.device AND user_id = NEW.cashier_id;
END;
