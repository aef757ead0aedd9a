//! Countries by ISO code or by name in any language. (Being written.)
