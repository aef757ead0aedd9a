import "signatory-map/element";
